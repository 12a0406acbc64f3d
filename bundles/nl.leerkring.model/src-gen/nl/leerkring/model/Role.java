/**
 */
package nl.leerkring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Role#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Role#getName <em>Name</em>}</li>
 *   <li>{@link nl.leerkring.model.Role#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.leerkring.model.Role#isOwnsActions <em>Owns Actions</em>}</li>
 *   <li>{@link nl.leerkring.model.Role#isOptional <em>Optional</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getRole_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Role#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getRole_Name()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Role#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getRole_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Role#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Owns Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People in this role can be made owner of an action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owns Actions</em>' attribute.
	 * @see #setOwnsActions(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getRole_OwnsActions()
	 * @model
	 * @generated
	 */
	boolean isOwnsActions();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Role#isOwnsActions <em>Owns Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owns Actions</em>' attribute.
	 * @see #isOwnsActions()
	 * @generated
	 */
	void setOwnsActions(boolean value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role need not be filled (guests, observers, experts).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getRole_Optional()
	 * @model
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Role#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

} // Role
