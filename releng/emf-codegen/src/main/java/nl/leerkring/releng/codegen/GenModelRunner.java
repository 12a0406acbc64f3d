package nl.leerkring.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the model code of one .genmodel the way the Eclipse IDE would, but headless.
 * The bundle folder plays the role of the workspace project named after it, so the genmodel's
 * platform:/resource paths (modelDirectory) land in that bundle.
 */
public final class GenModelRunner {

    private GenModelRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GenModelRunner <path/to/model.genmodel>");
        }
        Path genmodelFile = Path.of(args[0]).toRealPath();
        Path bundleDir = genmodelFile.getParent().getParent();
        String project = bundleDir.getFileName().toString();

        URI projectUri = URI.createPlatformResourceURI("/" + project + "/", true);
        URI bundleUri = URI.createFileURI(bundleDir.toString() + "/");
        EcorePlugin.getPlatformResourceMap().put(project, bundleUri);

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .putAll(Map.of("ecore", new EcoreResourceFactoryImpl(), "genmodel", new EcoreResourceFactoryImpl()));
        resourceSet.getURIConverter().getURIMap().put(projectUri, bundleUri);

        URI genmodelUri = projectUri.appendSegments(bundleDir.relativize(genmodelFile).toString().split("/"));
        Resource resource = resourceSet.getResource(genmodelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        // Keep the reconciled genmodel (new classes and features) as the committed source of truth.
        resource.save(Map.of());

        // Outside Eclipse no extension point registers the generator: without this, generate() writes nothing.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            System.err.println(result);
            System.exit(1);
        }
        // Outside a workspace EMF writes the genModel path of plugin.xml as a resource URI; keep it bundle-relative.
        Path pluginXml = bundleDir.resolve("plugin.xml");
        if (Files.exists(pluginXml)) {
            Files.writeString(pluginXml, Files.readString(pluginXml)
                    .replaceAll("genModel=\"/resource/[^\"]*?/(model/[^\"]+)\"", "genModel=\"$1\""));
        }
        Files.writeString(bundleDir.resolve("src-gen/.generated"),
                "Generated from model/" + genmodelFile.getFileName() + " by releng/emf-codegen; do not edit.\n");
        System.out.println("Generated " + project + " model code into " + bundleDir.resolve("src-gen"));
    }
}
