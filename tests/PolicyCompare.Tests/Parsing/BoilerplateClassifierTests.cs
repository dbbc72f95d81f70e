using NUnit.Framework;
using PolicyCompare.Parsing;

namespace PolicyCompare.Tests.Parsing;

public sealed class BoilerplateClassifierTests
{
    [TestCase("当前位置:首页>重点专题>深化医疗卫生体制改革")]
    [TestCase("来源: 发布时间:2021-09-01 14:48:00A+A-")]
    [TestCase("日期:2017-03-05 09:34:40")]
    [TestCase("主办单位:吉林省卫生健康委员会 | 网站地图")]
    [TestCase("吉ICP备05001602号 吉公网安备 22000002000009号")]
    [TestCase("电话:0431-88905570 网站标识码:2200000009")]
    [TestCase("版权所有:某某网站 技术支持:荆门市电子政务运行维护中心")]
    [TestCase("扫一扫在手机上查看当前页面")]
    [TestCase("相关主题")]
    [TestCase("https://www.sodocs.net/doc/225920511.html")]
    [TestCase("来源:https://www.sodocs.net/doc/225920511.html")]
    [TestCase("信息公开属性: 主动公开")]
    [TestCase("抄送: 市委各部门, 市人大常委会办公厅。")]
    [TestCase("2021年11月10日印发")]
    [TestCase("2016年6月7日")]
    [TestCase("2024822")]
    [TestCase("(政务公开形式:主动公开)")]
    [TestCase("附件:")]
    [TestCase("- 3 -")]
    public void Furniture_lines(string line) => Assert.That(BoilerplateClassifier.IsStrongBoilerplate(line), Is.True);

    [TestCase("首页 机构概况 新闻中心 政府信息公开 政务服务 重点专题")]
    [TestCase("已阅   打印   关闭")]
    [TestCase("搜档网")]
    [TestCase("湖北省卫生健康委员会  中共湖北省委机构编制委员会办公室")]
    [TestCase("成都市人民政府办公厅")]
    public void Layout_furniture_lines(string line) => Assert.That(BoilerplateClassifier.IsLayoutBoilerplate(line), Is.True);

    [TestCase("(一)大力推广三明市医改经验。以药品集中采购和使用为突破口。")]
    [TestCase("一、全面深化公立医院改革")]
    [TestCase("局、市人社局、市医保局按职责分工负责)")]
    [TestCase("各地、各有关部门要切实加强组织领导。")]
    [TestCase("关于进一步完善医疗卫生服务体系的实施方案")]
    [TestCase("成都市人民政府办公厅文件")]
    public void Plan_lines(string line)
    {
        Assert.Multiple(() =>
        {
            Assert.That(BoilerplateClassifier.IsStrongBoilerplate(line), Is.False);
            Assert.That(BoilerplateClassifier.IsLayoutBoilerplate(line), Is.False);
        });
    }
}
